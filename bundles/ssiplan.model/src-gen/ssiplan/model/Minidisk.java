/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Minidisk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An MDISK statement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.Minidisk#getVaddr <em>Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.Minidisk#getKind <em>Kind</em>}</li>
 *   <li>{@link ssiplan.model.Minidisk#getVolume <em>Volume</em>}</li>
 *   <li>{@link ssiplan.model.Minidisk#getStart <em>Start</em>}</li>
 *   <li>{@link ssiplan.model.Minidisk#getSize <em>Size</em>}</li>
 *   <li>{@link ssiplan.model.Minidisk#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getMinidisk()
 * @model
 * @generated
 */
public interface Minidisk extends EObject {
	/**
	 * Returns the value of the '<em><b>Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual device address (hex).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vaddr</em>' attribute.
	 * @see #setVaddr(String)
	 * @see ssiplan.model.SsiplanPackage#getMinidisk_Vaddr()
	 * @model
	 * @generated
	 */
	String getVaddr();

	/**
	 * Sets the value of the '{@link ssiplan.model.Minidisk#getVaddr <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vaddr</em>' attribute.
	 * @see #getVaddr()
	 * @generated
	 */
	void setVaddr(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.MinidiskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see ssiplan.model.MinidiskKind
	 * @see #setKind(MinidiskKind)
	 * @see ssiplan.model.SsiplanPackage#getMinidisk_Kind()
	 * @model
	 * @generated
	 */
	MinidiskKind getKind();

	/**
	 * Sets the value of the '{@link ssiplan.model.Minidisk#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see ssiplan.model.MinidiskKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MinidiskKind value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume holding the extent (kind MDISK).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume</em>' reference.
	 * @see #setVolume(DasdVolume)
	 * @see ssiplan.model.SsiplanPackage#getMinidisk_Volume()
	 * @model
	 * @generated
	 */
	DasdVolume getVolume();

	/**
	 * Sets the value of the '{@link ssiplan.model.Minidisk#getVolume <em>Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' reference.
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(DasdVolume value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start cylinder (ECKD) or block (FBA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see ssiplan.model.SsiplanPackage#getMinidisk_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link ssiplan.model.Minidisk#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cylinders, or blocks for FBA and V-DISK.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see ssiplan.model.SsiplanPackage#getMinidisk_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link ssiplan.model.Minidisk#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"MR"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.AccessMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see ssiplan.model.AccessMode
	 * @see #setMode(AccessMode)
	 * @see ssiplan.model.SsiplanPackage#getMinidisk_Mode()
	 * @model default="MR"
	 * @generated
	 */
	AccessMode getMode();

	/**
	 * Sets the value of the '{@link ssiplan.model.Minidisk#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see ssiplan.model.AccessMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(AccessMode value);

} // Minidisk
