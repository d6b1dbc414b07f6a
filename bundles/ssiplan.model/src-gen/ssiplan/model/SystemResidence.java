/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System Residence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member's System_Residence statement: the checkpoint and warm start areas CP uses on its volumes (usually the sysres).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.SystemResidence#getCheckpointVolume <em>Checkpoint Volume</em>}</li>
 *   <li>{@link ssiplan.model.SystemResidence#getCheckpointStart <em>Checkpoint Start</em>}</li>
 *   <li>{@link ssiplan.model.SystemResidence#getCheckpointSize <em>Checkpoint Size</em>}</li>
 *   <li>{@link ssiplan.model.SystemResidence#getWarmstartVolume <em>Warmstart Volume</em>}</li>
 *   <li>{@link ssiplan.model.SystemResidence#getWarmstartStart <em>Warmstart Start</em>}</li>
 *   <li>{@link ssiplan.model.SystemResidence#getWarmstartSize <em>Warmstart Size</em>}</li>
 *   <li>{@link ssiplan.model.SystemResidence#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getSystemResidence()
 * @model
 * @generated
 */
public interface SystemResidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Checkpoint Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume holding the checkpoint area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checkpoint Volume</em>' reference.
	 * @see #setCheckpointVolume(DasdVolume)
	 * @see ssiplan.model.SsiplanPackage#getSystemResidence_CheckpointVolume()
	 * @model
	 * @generated
	 */
	DasdVolume getCheckpointVolume();

	/**
	 * Sets the value of the '{@link ssiplan.model.SystemResidence#getCheckpointVolume <em>Checkpoint Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkpoint Volume</em>' reference.
	 * @see #getCheckpointVolume()
	 * @generated
	 */
	void setCheckpointVolume(DasdVolume value);

	/**
	 * Returns the value of the '<em><b>Checkpoint Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First cylinder (or page) of the checkpoint area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checkpoint Start</em>' attribute.
	 * @see #setCheckpointStart(int)
	 * @see ssiplan.model.SsiplanPackage#getSystemResidence_CheckpointStart()
	 * @model
	 * @generated
	 */
	int getCheckpointStart();

	/**
	 * Sets the value of the '{@link ssiplan.model.SystemResidence#getCheckpointStart <em>Checkpoint Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkpoint Start</em>' attribute.
	 * @see #getCheckpointStart()
	 * @generated
	 */
	void setCheckpointStart(int value);

	/**
	 * Returns the value of the '<em><b>Checkpoint Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cylinders (or pages) of the checkpoint area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checkpoint Size</em>' attribute.
	 * @see #setCheckpointSize(int)
	 * @see ssiplan.model.SsiplanPackage#getSystemResidence_CheckpointSize()
	 * @model
	 * @generated
	 */
	int getCheckpointSize();

	/**
	 * Sets the value of the '{@link ssiplan.model.SystemResidence#getCheckpointSize <em>Checkpoint Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkpoint Size</em>' attribute.
	 * @see #getCheckpointSize()
	 * @generated
	 */
	void setCheckpointSize(int value);

	/**
	 * Returns the value of the '<em><b>Warmstart Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume holding the warm start area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warmstart Volume</em>' reference.
	 * @see #setWarmstartVolume(DasdVolume)
	 * @see ssiplan.model.SsiplanPackage#getSystemResidence_WarmstartVolume()
	 * @model
	 * @generated
	 */
	DasdVolume getWarmstartVolume();

	/**
	 * Sets the value of the '{@link ssiplan.model.SystemResidence#getWarmstartVolume <em>Warmstart Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warmstart Volume</em>' reference.
	 * @see #getWarmstartVolume()
	 * @generated
	 */
	void setWarmstartVolume(DasdVolume value);

	/**
	 * Returns the value of the '<em><b>Warmstart Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First cylinder (or page) of the warm start area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warmstart Start</em>' attribute.
	 * @see #setWarmstartStart(int)
	 * @see ssiplan.model.SsiplanPackage#getSystemResidence_WarmstartStart()
	 * @model
	 * @generated
	 */
	int getWarmstartStart();

	/**
	 * Sets the value of the '{@link ssiplan.model.SystemResidence#getWarmstartStart <em>Warmstart Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warmstart Start</em>' attribute.
	 * @see #getWarmstartStart()
	 * @generated
	 */
	void setWarmstartStart(int value);

	/**
	 * Returns the value of the '<em><b>Warmstart Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cylinders (or pages) of the warm start area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warmstart Size</em>' attribute.
	 * @see #setWarmstartSize(int)
	 * @see ssiplan.model.SsiplanPackage#getSystemResidence_WarmstartSize()
	 * @model
	 * @generated
	 */
	int getWarmstartSize();

	/**
	 * Sets the value of the '{@link ssiplan.model.SystemResidence#getWarmstartSize <em>Warmstart Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warmstart Size</em>' attribute.
	 * @see #getWarmstartSize()
	 * @generated
	 */
	void setWarmstartSize(int value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The default value is <code>"CYL"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.ResidenceUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether From/For count cylinders (CYL, SSI installs) or pages (PAGE, seen in non-SSI samples) [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see ssiplan.model.ResidenceUnit
	 * @see #setUnit(ResidenceUnit)
	 * @see ssiplan.model.SsiplanPackage#getSystemResidence_Unit()
	 * @model default="CYL"
	 * @generated
	 */
	ResidenceUnit getUnit();

	/**
	 * Sets the value of the '{@link ssiplan.model.SystemResidence#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see ssiplan.model.ResidenceUnit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(ResidenceUnit value);

} // SystemResidence
