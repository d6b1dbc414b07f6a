/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Processor Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see ssiplan.model.SsiplanPackage#getProcessorType()
 * @model
 * @generated
 */
public enum ProcessorType implements Enumerator {
	/**
	 * The '<em><b>CP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CP_VALUE
	 * @generated
	 * @ordered
	 */
	CP(0, "CP", "CP"),

	/**
	 * The '<em><b>IFL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IFL_VALUE
	 * @generated
	 * @ordered
	 */
	IFL(1, "IFL", "IFL"),

	/**
	 * The '<em><b>ZIIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIIP_VALUE
	 * @generated
	 * @ordered
	 */
	ZIIP(2, "ZIIP", "zIIP"),

	/**
	 * The '<em><b>ICF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ICF_VALUE
	 * @generated
	 * @ordered
	 */
	ICF(3, "ICF", "ICF");

	/**
	 * The '<em><b>CP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CP_VALUE = 0;

	/**
	 * The '<em><b>IFL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IFL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IFL_VALUE = 1;

	/**
	 * The '<em><b>ZIIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIIP
	 * @model literal="zIIP"
	 * @generated
	 * @ordered
	 */
	public static final int ZIIP_VALUE = 2;

	/**
	 * The '<em><b>ICF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ICF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ICF_VALUE = 3;

	/**
	 * An array of all the '<em><b>Processor Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProcessorType[] VALUES_ARRAY =
		new ProcessorType[] {
			CP,
			IFL,
			ZIIP,
			ICF,
		};

	/**
	 * A public read-only list of all the '<em><b>Processor Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProcessorType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Processor Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProcessorType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProcessorType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Processor Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProcessorType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProcessorType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Processor Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProcessorType get(int value) {
		switch (value) {
			case CP_VALUE: return CP;
			case IFL_VALUE: return IFL;
			case ZIIP_VALUE: return ZIIP;
			case ICF_VALUE: return ICF;
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
	private ProcessorType(int value, String name, String literal) {
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
	
} //ProcessorType
