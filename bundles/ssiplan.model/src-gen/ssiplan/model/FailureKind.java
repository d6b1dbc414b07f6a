/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Failure Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a member is lost.
 * <!-- end-model-doc -->
 * @see ssiplan.model.SsiplanPackage#getFailureKind()
 * @model
 * @generated
 */
public enum FailureKind implements Enumerator {
	/**
	 * The '<em><b>ABEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CP abends: the member marks itself down in the PDR; no SAFE mode.
	 * <!-- end-model-doc -->
	 * @see #ABEND_VALUE
	 * @generated
	 * @ordered
	 */
	ABEND(0, "ABEND", "ABEND"),

	/**
	 * The '<em><b>STOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The LPAR stops (power, deactivation) without telling anyone: SUSPENDED, SAFE mode until declared down.
	 * <!-- end-model-doc -->
	 * @see #STOP_VALUE
	 * @generated
	 * @ordered
	 */
	STOP(1, "STOP", "STOP"),

	/**
	 * The '<em><b>ISFC LOSS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member loses every ISFC link but keeps running: SAFE mode; the operator stops it and declares it down.
	 * <!-- end-model-doc -->
	 * @see #ISFC_LOSS_VALUE
	 * @generated
	 * @ordered
	 */
	ISFC_LOSS(2, "ISFC_LOSS", "ISFC-LOSS");

	/**
	 * The '<em><b>ABEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CP abends: the member marks itself down in the PDR; no SAFE mode.
	 * <!-- end-model-doc -->
	 * @see #ABEND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ABEND_VALUE = 0;

	/**
	 * The '<em><b>STOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The LPAR stops (power, deactivation) without telling anyone: SUSPENDED, SAFE mode until declared down.
	 * <!-- end-model-doc -->
	 * @see #STOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STOP_VALUE = 1;

	/**
	 * The '<em><b>ISFC LOSS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member loses every ISFC link but keeps running: SAFE mode; the operator stops it and declares it down.
	 * <!-- end-model-doc -->
	 * @see #ISFC_LOSS
	 * @model literal="ISFC-LOSS"
	 * @generated
	 * @ordered
	 */
	public static final int ISFC_LOSS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Failure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FailureKind[] VALUES_ARRAY =
		new FailureKind[] {
			ABEND,
			STOP,
			ISFC_LOSS,
		};

	/**
	 * A public read-only list of all the '<em><b>Failure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FailureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Failure Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureKind get(int value) {
		switch (value) {
			case ABEND_VALUE: return ABEND;
			case STOP_VALUE: return STOP;
			case ISFC_LOSS_VALUE: return ISFC_LOSS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private FailureKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //FailureKind
